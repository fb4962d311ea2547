# Hand-written sorts: bubble, insertion, merge and quick sort.
def bubble(a):
    a = list(a)
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    while left and right:
        out.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return out + left + right

def quick(a):
    if len(a) < 2:
        return a
    pivot, rest = a[0], a[1:]
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])

data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
for sort in (bubble, insertion, merge_sort, quick):
    print("%s %r" % (sort.__name__, sort(data)))
print(data)
records = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(records, key=lambda r: r[1]))
