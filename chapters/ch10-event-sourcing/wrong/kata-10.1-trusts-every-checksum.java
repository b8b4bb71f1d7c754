// records(): never compares the checksum, so a flipped bit in the middle is replayed as if it had been written.
while (bytes.remaining() > 0) {
    if (bytes.remaining() < RECORD_HEADER) {
        return new Scan(entries, at, bytes.remaining());
    }
    int length = bytes.getInt();
    int sum = bytes.getInt();
    if (length < 0 || length > LONGEST) {
        throw corrupt(file, at, "its length, " + length + ", cannot be");
    }
    if (bytes.remaining() < length) {
        return new Scan(entries, at, bytes.limit() - at);
    }
    byte[] payload = new byte[length];
    bytes.get(payload);
    var crc = new CRC32C();
    crc.update(payload);
        at = bytes.position();
    entries.add(entry(file, at, payload));
}
return new Scan(entries, at, 0);
