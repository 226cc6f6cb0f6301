fn main() {
    let mut i: u64 = 0;
    loop {
        i = i.wrapping_add(1);
        if i == u64::MAX {
            println!("{}", i);
        }
    }
}
