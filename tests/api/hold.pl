#!/usr/bin/perl
# hold.pl ADDR PORT N SECONDS READYFILE — a greedy client for the fairness
# test (tests/api/fairness.t): opens N connections to 127.0.0.1:PORT from
# the local address ADDR (127.0.0.2, 127.0.0.3: loopback), asks one request
# on each (keep-alive) and reads its answer, then holds them all idle for
# SECONDS, writing to READYFILE how many it opened and how many were
# answered. Loopback only.
use strict;
use warnings;
use IO::Socket::INET;

my ($addr, $port, $n, $secs, $ready) = @ARGV;
die "loopback only\n" unless $addr =~ /^127\./;
my (@socks, $answered);
for my $i (1 .. $n) {
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port,
                                  LocalAddr => $addr, Proto => 'tcp', Timeout => 5)
        or last;
    push @socks, $s;
}
for my $s (@socks) {
    print $s "GET /api/summary HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}
for my $s (@socks) {
    # the headers, then Content-Length bytes of body; the connection stays open
    my ($head, $len) = ('', 0);
    $s->timeout(5);
    while (defined(my $line = <$s>)) {
        $head .= $line;
        $len = $1 if $line =~ /^Content-Length:\s*(\d+)/i;
        last if $line eq "\r\n";
    }
    next unless $head =~ m{^HTTP/1\.1 200};
    my $body = '';
    read($s, $body, $len) if $len;
    $answered++;
}
open(my $f, '>', $ready) or die "$ready: $!\n";
printf $f "%d opened, %d answered\n", scalar @socks, $answered // 0;
close $f;
sleep $secs;
