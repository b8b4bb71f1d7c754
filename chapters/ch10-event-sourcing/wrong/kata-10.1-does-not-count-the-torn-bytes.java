// records(): leaves a torn tail out but says nothing was torn, so the journal is never cut and the next append lands after the torn bytes.
while (bytes.remaining() > 0) {
    if (bytes.remaining() < RECORD_HEADER) {
        return new Scan(entries, at, 0);
    }
    int length = bytes.getInt();
    int sum = bytes.getInt();
    if (length < 0 || length > LONGEST) {
        throw corrupt(file, at, "its length, " + length + ", cannot be");
    }
    if (bytes.remaining() < length) {
        return new Scan(entries, at, 0);
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
