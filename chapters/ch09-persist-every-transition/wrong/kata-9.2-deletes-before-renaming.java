// replace(): deletes the old file before renaming the new one into place, so a power cut between the two leaves no file at all: the wallet would start empty.
disk.write(temp, bytes);
disk.force(temp);
disk.delete(file);
disk.forceFolder(folder);
disk.rename(temp, file);
disk.forceFolder(folder);
