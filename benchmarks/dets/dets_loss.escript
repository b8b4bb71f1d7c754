#!/usr/bin/env escript
%% Chapter 9's side-by-side with dets: how many acknowledged inserts a halt of the VM loses.
%%   escript dets_loss.escript write FILE COUNT [sync]   inserts {1,1} .. {COUNT,COUNT}, each
%%       "acknowledged" when dets:insert/2 returns ok (with sync: after dets:sync/1 too), then
%%       halts the VM at once, without closing the table: a crash, as far as dets can tell
%%   escript dets_loss.escript read FILE                 reopens (dets repairs it) and prints
%%       how many of the keys 1..N are there
main(["write", File, Count | Sync]) ->
    {ok, T} = dets:open_file(t, [{file, File}]),
    N = list_to_integer(Count),
    [begin ok = dets:insert(T, {I, I}), [ok = dets:sync(T) || Sync =:= ["sync"]] end || I <- lists:seq(1, N)],
    io:format("acked ~p~n", [N]),
    erlang:halt(0);
main(["read", File]) ->
    {ok, T} = dets:open_file(t, [{file, File}]),
    io:format("found ~p~n", [length(dets:match_object(T, '_'))]),
    ok = dets:close(T).
