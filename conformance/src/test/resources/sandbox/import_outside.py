import sys
here = __file__.rsplit('/', 1)[0]
sys.path.insert(0, here + '/../secret')
try:
    import hidden
    print("hidden:", hidden.SECRET)
except PermissionError as e:
    print("denied:", e)
