// replace(): renames the temporary file over the old one before forcing it, so a power cut after the rename can leave a torn file under the key's name.
disk.write(temp, bytes);
disk.rename(temp, file);
disk.forceFolder(folder);
disk.force(file);
