# 2.7: str == unicode where the str cannot be decoded is False with a UnicodeWarning, once per place; as an error under a filter
import warnings
print '\xe9' == u'\xe9'
print '\xe9' != u'\xe9'
for i in range(3):
    print 'a\xff' == u'b'
print 'abc' == u'abc'
warnings.simplefilter("error")
try:
    print '\xe9' == u'x'
except UnicodeWarning as e:
    print "raised", e
