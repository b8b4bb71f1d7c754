// replace(): never forces the folder, so the rename is not durable: a power cut after the write returned brings the old value back.
disk.write(temp, bytes);
disk.force(temp);
disk.rename(temp, file);
