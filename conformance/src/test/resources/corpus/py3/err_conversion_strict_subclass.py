import warnings

# __index__, __int__ and __float__ that return a bool or an int/float subclass's instance:
# the value is taken (as a plain int), with a DeprecationWarning from the versions that give one.

class Conv:
    def __init__(self, value):
        self.value = value
    def __index__(self):
        return self.value
    def __int__(self):
        return self.value
    def __float__(self):
        return self.value

class MyInt(int):
    pass

class MyFloat(float):
    pass

def run(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            result = fn()
        except TypeError as e:
            result = 'TypeError: %s' % e
    print(label, '->', repr(result), type(result).__name__)
    for w in caught:
        print('   ', w.category.__name__, str(w.message))

run('hex(True)', lambda: hex(Conv(True)))
run('bin(MyInt)', lambda: bin(Conv(MyInt(5))))
run('index list', lambda: [10, 20, 30][Conv(True)])
run('slice', lambda: 'abcdef'[Conv(MyInt(1)):Conv(4)])
run('repeat', lambda: 'ab' * Conv(MyInt(2)))
run('range', lambda: list(range(Conv(True))))
run('int(True)', lambda: int(Conv(True)))
run('int(MyInt)', lambda: int(Conv(MyInt(7))))
run('int(3)', lambda: int(Conv(3)))
run('float(MyFloat)', lambda: float(Conv(MyFloat(2.5))))
run('float(2.5)', lambda: float(Conv(2.5)))
run('int(str)', lambda: int(Conv('7')))
run('hex(str)', lambda: hex(Conv('7')))
run('float(int)', lambda: float(Conv(7)))
print(int(Conv(True)) + 1, hex(Conv(True)))
run('slice bool', lambda: 'abcdef'[Conv(True):])
run('slice str', lambda: 'abcdef'[Conv('1'):])
run('slice step', lambda: [1, 2, 3, 4][::Conv(MyInt(2))])
