WHERE = 'pkg.util (sibling)'
