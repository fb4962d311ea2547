# Indexing and slicing strings, lists and tuples, with steps and negative bounds.
s = "abcdefghij"
print(s[0])
print(s[-1])
print(s[2:5])
print(s[:3])
print(s[7:])
print(s[-3:])
print(s[::2])
print(s[1::3])
print(s[::-1])
print(s[8:2:-2])
print(s[100:])
print(s[-100:2])
print(s[5:2])
lst = list(range(10))
print(lst[2:8:2])
print(lst[::-3])
lst[2:4] = ["a", "b", "c"]
print(lst)
del lst[::2]
print(lst)
lst[1:1] = [99]
print(lst)
t = (1, 2, 3, 4, 5)
print(t[1:-1])
print(t[::-1])
i = 3
print(s[i - 1:i + 1])
print(s[:i] + s[i + 1:])
print(len(s[::3]))
