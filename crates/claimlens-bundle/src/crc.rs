//! The bundle's checksum, CRC-32 (IEEE 802.3, the one zlib and crc32fast compute), with its
//! tables worked out when a hasher is made rather than stored in the binary: crc32fast's sixteen
//! precomputed tables were 16 KB of the explorer's page, data that compresses poorly
//! (issue 16). Eight tables, read eight bytes at a time, keep it quick on a large bundle.

/// The reflected IEEE polynomial.
const POLYNOMIAL: u32 = 0xEDB8_8320;

/// A running CRC-32.
pub struct Hasher {
    state: u32,
    tables: Box<[[u32; 256]; 8]>,
}

impl Default for Hasher {
    fn default() -> Hasher {
        Hasher::new()
    }
}

impl Hasher {
    pub fn new() -> Hasher {
        let mut tables = Box::new([[0u32; 256]; 8]);
        for byte in 0..256u32 {
            let mut crc = byte;
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ POLYNOMIAL
                } else {
                    crc >> 1
                };
            }
            tables[0][byte as usize] = crc;
        }
        for byte in 0..256 {
            for k in 1..8 {
                let previous = tables[k - 1][byte];
                tables[k][byte] = (previous >> 8) ^ tables[0][(previous & 0xFF) as usize];
            }
        }
        Hasher { state: 0, tables }
    }

    pub fn update(&mut self, bytes: &[u8]) {
        let t = &*self.tables;
        let mut crc = !self.state;
        let mut eights = bytes.chunks_exact(8);
        for b in &mut eights {
            let low = crc ^ u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            crc = t[7][(low & 0xFF) as usize]
                ^ t[6][((low >> 8) & 0xFF) as usize]
                ^ t[5][((low >> 16) & 0xFF) as usize]
                ^ t[4][(low >> 24) as usize]
                ^ t[3][b[4] as usize]
                ^ t[2][b[5] as usize]
                ^ t[1][b[6] as usize]
                ^ t[0][b[7] as usize];
        }
        for &b in eights.remainder() {
            crc = (crc >> 8) ^ t[0][((crc ^ u32::from(b)) & 0xFF) as usize];
        }
        self.state = !crc;
    }

    pub fn finalize(&self) -> u32 {
        self.state
    }
}

/// The CRC-32 of `bytes`.
pub fn hash(bytes: &[u8]) -> u32 {
    let mut hasher = Hasher::new();
    hasher.update(bytes);
    hasher.finalize()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_crc32fast_computes_it() {
        assert_eq!(hash(b"123456789"), 0xCBF4_3926);
        assert_eq!(hash(b""), 0);
        let bytes: Vec<u8> = (0..5000u32).map(|i| (i * 7919 % 251) as u8).collect();
        for len in [1, 7, 8, 9, 63, 64, 65, 4999, 5000] {
            assert_eq!(hash(&bytes[..len]), crc32fast::hash(&bytes[..len]), "{len}");
        }
        // Fed in pieces of any size, as a download arrives.
        let mut hasher = Hasher::new();
        for piece in bytes.chunks(13) {
            hasher.update(piece);
        }
        assert_eq!(hasher.finalize(), crc32fast::hash(&bytes));
    }
}
