//! Eight bytes at a time: the word tricks the byte scanners share. Every mask here is exact
//! per byte (the high bit of each byte that matches, no other bit), so a mask's lowest set
//! bit is the first match of a little-endian word.

/// `b` in each byte of a word.
pub(crate) const fn splat(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

const LOW7: u64 = splat(0x7f);
const HIGH: u64 = splat(0x80);

/// The eight bytes of `bytes` from `at` as a little-endian word, if there are eight.
pub(crate) fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk = bytes.get(at..at.checked_add(8)?)?;
    Some(u64::from_le_bytes(chunk.try_into().ok()?))
}

/// The high bit of each zero byte of `x`.
pub(crate) const fn zero_bytes(x: u64) -> u64 {
    !((x & LOW7).wrapping_add(LOW7) | x | LOW7)
}

/// The high bit of each byte of `x` equal to `b`.
pub(crate) const fn bytes_equal(x: u64, b: u8) -> u64 {
    zero_bytes(x ^ splat(b))
}

/// The high bit of each byte of `x` outside `lo..=hi` (with `0 < lo <= hi < 0x80`).
pub(crate) const fn bytes_outside(x: u64, lo: u8, hi: u8) -> u64 {
    // Below `lo`: adding `0x80 - lo` to the low seven bits leaves the high bit clear.
    let below = !((x & LOW7).wrapping_add(splat(0x80 - lo)) | x) & HIGH;
    // Above `hi`: adding `0x7f - hi` sets it, as does a high bit of `x` itself.
    let above = ((x & LOW7).wrapping_add(splat(0x7f - hi)) | x) & HIGH;
    below | above
}

#[cfg(test)]
mod tests {
    use super::{bytes_equal, bytes_outside, word_at, zero_bytes};

    /// Each mask, on words of every byte value in every position, is the byte-by-byte test.
    #[test]
    fn masks_are_the_byte_by_byte_tests() {
        let fill = [0x00, 0x20, 0x21, 0x41, 0x7e, 0x7f, 0x80, 0xff];
        for b in 0..=255u8 {
            for filler in fill {
                for at in 0..8 {
                    let mut bytes = [filler; 8];
                    bytes[at] = b;
                    let x = u64::from_le_bytes(bytes);
                    let want = |test: &dyn Fn(u8) -> bool| {
                        bytes.iter().enumerate().fold(0u64, |m, (i, &c)| {
                            if test(c) { m | 0x80 << (8 * i) } else { m }
                        })
                    };
                    assert_eq!(zero_bytes(x), want(&|c| c == 0), "{bytes:?}");
                    assert_eq!(bytes_equal(x, b' '), want(&|c| c == b' '), "{bytes:?}");
                    assert_eq!(
                        bytes_outside(x, b' ', b'~'),
                        want(&|c| !(b' '..=b'~').contains(&c)),
                        "{bytes:?}"
                    );
                    assert_eq!(
                        bytes_outside(x, b'!', b'!'),
                        want(&|c| c != b'!'),
                        "{bytes:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn words_are_read_only_where_eight_bytes_remain() {
        let bytes = b"0123456789";
        assert_eq!(word_at(bytes, 2), Some(u64::from_le_bytes(*b"23456789")));
        assert_eq!(word_at(bytes, 3), None);
        assert_eq!(word_at(bytes, usize::MAX), None);
    }
}
