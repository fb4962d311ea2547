# -*- coding: utf-8 -*-
# sys.exit with a byte string: 2.7 writes it to stderr as those bytes, then exits with status 1
import sys

print "leaving"
sys.stdout.flush()
sys.exit("adiós \xe2\x82\xac and a lone \xff")
