# typing.get_type_hints of list[int]-style hints: types.GenericAlias has __unpacked__ (False) in 3.11.
import typing
def f(x: list[int], y: dict[str, tuple[int, ...]]) -> None: pass
print(typing.get_type_hints(f))
