import keyword
import bisect
print(keyword.iskeyword("def"), bisect.bisect([1, 3, 5], 4))
