import sys
print("start")
n = 0
while True:
    try:
        n += 1
    except BaseException:
        print("caught")
    finally:
        pass
