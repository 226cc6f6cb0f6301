raise ValueError(3)
