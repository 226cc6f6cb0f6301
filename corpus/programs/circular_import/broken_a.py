from broken_b import VALUE
