// flush(): never empties the batch, so each flush writes every earlier append again, and answers it again.
long start = open.end;
var bytes = ByteBuffer.allocate(open.batch.stream().mapToInt(waiting -> waiting.record().length).sum());
open.batch.forEach(waiting -> bytes.put(waiting.record()));
bytes.flip();
open.fence.write(open.incarnation, "the journal " + file, () -> {
    while (bytes.hasRemaining()) {
        open.end += open.channel.write(bytes, open.end);
    }
    forcer.force(open.channel);
});
long end = start;
for (var waiting : open.batch) {
    end += waiting.record().length;
    GenServer.reply(waiting.from(), new Entry(waiting.stream(), waiting.seq(), waiting.event(), end));
}
