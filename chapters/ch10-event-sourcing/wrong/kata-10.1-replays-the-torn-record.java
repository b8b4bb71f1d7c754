// records(): reads a record cut short as far as the file goes and replays what it finds, half an event.
while (bytes.remaining() > 0) {
    if (bytes.remaining() < RECORD_HEADER) {
        return new Scan(entries, at, bytes.remaining());
    }
    int length = bytes.getInt();
    int sum = bytes.getInt();
    if (length < 0 || length > LONGEST) {
        throw corrupt(file, at, "its length, " + length + ", cannot be");
    }
    byte[] payload = new byte[Math.min(length, bytes.remaining())];
    bytes.get(payload);
    var crc = new CRC32C();
    crc.update(payload);
    if ((int) crc.getValue() != sum && payload.length == length) {
        throw corrupt(file, at, "its checksum does not match its bytes");
    }
    at = bytes.position();
    entries.add(entry(file, at, payload));
}
return new Scan(entries, at, 0);
