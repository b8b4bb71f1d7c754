// replace(): forces the folder before the rename instead of after it, so the rename itself is never made durable.
disk.write(temp, bytes);
disk.force(temp);
disk.forceFolder(folder);
disk.rename(temp, file);
