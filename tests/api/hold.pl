#!/usr/bin/perl
# hold.pl ADDR PORT N SECONDS FILE [silent] — a greedy client for the
# fairness test (tests/api/fairness.t): opens N connections to
# 127.0.0.1:PORT from the local address ADDR (127.0.0.2, 127.0.0.3, ...:
# loopback), asks one request on each (keep-alive) and reads its answer
# (with "silent", asks nothing), and writes to FILE how many it opened and
# how many were answered. Then it holds them until FILE.done exists (or
# SECONDS pass) and adds to FILE how many the server left open. Loopback
# only.
use strict;
use warnings;
use IO::Socket::INET;
use Socket qw(MSG_DONTWAIT MSG_PEEK);
use Errno qw(EAGAIN EWOULDBLOCK);
use Time::HiRes qw(sleep time);

$SIG{PIPE} = 'IGNORE'; # writing to a connection the server shut down

my ($addr, $port, $n, $secs, $file, $mode) = @ARGV;
die "loopback only\n" unless $addr =~ /^127\./;
my $silent = ($mode // '') eq 'silent';
my (@socks, $answered);
for my $i (1 .. $n) {
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port,
                                  LocalAddr => $addr, Proto => 'tcp', Timeout => 5)
        or last;
    push @socks, $s;
}
unless ($silent) {
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
}
open(my $f, '>', "$file.tmp") or die "$file: $!\n";
printf $f "%d opened%s\n", scalar @socks, $silent ? '' : sprintf(', %d answered', $answered // 0);
close $f;
rename("$file.tmp", $file) or die "$file: $!\n";

my $until = time + $secs;
sleep 0.1 while !-e "$file.done" && time < $until;
# a connection the server shut down reads as the end (or a reset) at once
my $open = 0;
for my $s (@socks) {
    my $buf;
    my $r = recv($s, $buf, 1, MSG_DONTWAIT | MSG_PEEK);
    $open++ if !defined $r && ($! == EAGAIN || $! == EWOULDBLOCK);
}
open($f, '>>', $file) or die "$file: $!\n";
printf $f "%d still open\n", $open;
close $f;
