# Files through pathlib and shutil in a temporary folder: 3.11's write_text opens with
# encoding="locale" (io.text_encoding), shutil.copy asks isinstance(src, os.DirEntry).
import os
import pathlib
import shutil
import sys
import tempfile

top = tempfile.mkdtemp()
p = pathlib.Path(top) / 'sub'
p.mkdir()
(p / 'a.txt').write_text('hello\nworld\n')
(p / 'b.py').write_text('x = 1\n')
print(sorted(x.name for x in p.iterdir()), (p / 'a.txt').read_text().splitlines(), (p / 'zz').exists())
print([x.name for x in sorted(p.glob('*.py'))], (p / 'a.txt').stat().st_size)
with open(str(p / 'a.txt'), encoding='utf-8') as f:
    print(f.encoding, f.readline().rstrip())
if sys.version_info >= (3, 10):
    with open(str(p / 'c.txt'), 'w', encoding='locale') as f:
        f.write('locale text')
        print(f.encoding)
else:
    (p / 'c.txt').write_text('locale text')
shutil.copy(str(p / 'c.txt'), str(p / 'd.txt'))
shutil.copyfile(str(p / 'a.txt'), str(p / 'e.txt'))
print(sorted(os.listdir(str(p))), (p / 'd.txt').read_text())
entries = sorted(os.scandir(str(p)), key=lambda e: e.name)
print(type(entries[0]) is os.DirEntry, [e.name for e in entries if e.is_file()])
shutil.move(str(p / 'e.txt'), str(p / 'f.txt'))
shutil.copytree(str(p), str(pathlib.Path(top) / 'copy'))
for root, dirs, files in sorted(os.walk(top)):
    print(os.path.relpath(root, top), sorted(dirs), sorted(files))
shutil.rmtree(top)
print(os.path.exists(top))
