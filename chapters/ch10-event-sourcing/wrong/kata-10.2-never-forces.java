// flush(): writes the batch but never forces it, so an answered append may still be only in the page cache when the power goes.
long start = open.end;
var bytes = ByteBuffer.allocate(open.batch.stream().mapToInt(waiting -> waiting.record().length).sum());
open.batch.forEach(waiting -> bytes.put(waiting.record()));
bytes.flip();
open.fence.write(open.incarnation, "the journal " + file, () -> {
    while (bytes.hasRemaining()) {
        open.end += open.channel.write(bytes, open.end);
    }
});
long end = start;
for (var waiting : open.batch) {
    end += waiting.record().length;
    GenServer.reply(waiting.from(), new Entry(waiting.stream(), waiting.seq(), waiting.event(), end));
}
open.batch.clear();
