// records(): refuses a record cut short by the end of the file as corruption, so a crash in the middle of a write stops the journal for good.
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
        throw corrupt(file, at, "it is cut short");
    }
    byte[] payload = new byte[length];
    bytes.get(payload);
    var crc = new CRC32C();
    crc.update(payload);
    if ((int) crc.getValue() != sum) {
        throw corrupt(file, at, "its checksum does not match its bytes");
    }
    at = bytes.position();
    entries.add(entry(file, at, payload));
}
return new Scan(entries, at, 0);
