// replace(): writes the key's file in place and forces it: a power cut in the middle leaves it torn, neither the old value nor the new.
disk.write(file, bytes);
disk.force(file);
disk.forceFolder(folder);
