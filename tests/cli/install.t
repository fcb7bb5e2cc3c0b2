# make install honours PREFIX and DESTDIR: the binary and the man page.
$ make -s install DESTDIR="$TMP/root" PREFIX=/opt/amur >/dev/null && find "$TMP/root" -type f | sort
--- stdout
$TMP/root/opt/amur/bin/amur
$TMP/root/opt/amur/share/man/man1/amur.1
--- status
0
