// replace(): never forces the file's bytes, only the folder: after a power cut the key names a file whose bytes were never written to the disk.
disk.write(temp, bytes);
disk.rename(temp, file);
disk.forceFolder(folder);
