//! Python's fixed-length tuples, which generated code represents as Rust tuples: `(1, 'a')`
//! is `(Int, Str)`. Rust's own `==` and `<` on tuples compare element by element from the
//! left, as Python does. The empty tuple is not translated (Rust's `()` is `None`).

use crate::exc::PyResult;
use crate::obj::PyObj;

macro_rules! tuple_obj {
    ($($name:ident . $idx:tt),+) => {
        impl<$($name: PyObj),+> PyObj for ($($name,)+) {
            /// `(1,)` for one element, `(1, 'a')` for more: elements print with their repr.
            fn write_repr(&self, out: &mut String) -> PyResult<()> {
                out.push('(');
                let mut count = 0;
                $(
                    if count > 0 {
                        out.push_str(", ");
                    }
                    self.$idx.write_repr(out)?;
                    count += 1;
                )+
                if count == 1 {
                    out.push(',');
                }
                out.push(')');
                Ok(())
            }

            /// A tuple with elements is always true.
            fn truthy(&self) -> bool {
                true
            }
        }
    };
}

tuple_obj!(A.0);
tuple_obj!(A.0, B.1);
tuple_obj!(A.0, B.1, C.2);
tuple_obj!(A.0, B.1, C.2, D.3);
tuple_obj!(A.0, B.1, C.2, D.3, E.4);
tuple_obj!(A.0, B.1, C.2, D.3, E.4, F.5);
tuple_obj!(A.0, B.1, C.2, D.3, E.4, F.5, G.6);
tuple_obj!(A.0, B.1, C.2, D.3, E.4, F.5, G.6, H.7);
