# typing as programs use it: generics (PEP 560 bases), NamedTuple, TypedDict, Protocol, aliases, get_type_hints
from typing import (List, Dict, Optional, Union, Tuple, Callable, Any, NamedTuple, TypedDict,
                    TypeVar, Generic, Protocol, Iterable, Iterator, Sequence, cast, overload, get_type_hints)
import typing

T = TypeVar('T')

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(3)
print(s.pop(), Stack.__orig_bases__, Stack.__parameters__)
print(Stack[int], Stack[int].__origin__ is Stack, Stack[int].__args__)

class Point(NamedTuple):
    x: int
    y: int = 0

p = Point(1)
print(p, p._replace(y=5), Point._fields, Point.__annotations__)

class Movie(TypedDict):
    name: str
    year: int

m: Movie = {'name': 'x', 'year': 1}
print(m, Movie.__required_keys__ == frozenset({'name', 'year'}))

print(Optional[int], Union[int, str], List[int], Dict[str, int], Tuple[int, ...], Callable[[int], str])
print(Optional[int] == Union[int, None], typing.get_origin(List[int]), typing.get_args(Dict[str, int]))

class SupportsClose(Protocol):
    def close(self) -> None: ...

@typing.runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class F:
    def close(self):
        pass

print(isinstance(F(), Closer), isinstance(1, Closer))

def f(a: int, b: 'str' = 'x') -> Optional[int]:
    return None

print(get_type_hints(f))
print(cast(int, 'x'))

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(2))

class Base(List[int]):
    pass
b = Base([1, 2])
print(b, type(b).__mro__)
print(issubclass(list, Iterable), isinstance([], Sequence), Iterator[int])
U = TypeVar('U', bound=int)
print(U, U.__bound__, T.__constraints__)
