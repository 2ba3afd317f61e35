//! Article texts kept lz4-compressed in memory, for readers that show or search a few articles
//! at a time: the explorer's page and its search worker hold a large story's texts at about
//! half their size and unpack an article when they need it.

/// Texts, each lz4-compressed on its own, in the order they were pushed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackedTexts(Vec<Vec<u8>>);

impl PackedTexts {
    /// Keeps the next text.
    pub fn push(&mut self, text: &str) {
        self.0
            .push(lz4_flex::compress_prepend_size(text.as_bytes()));
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Text `index`, unpacked; `None` past the end. Only what [`PackedTexts::push`] packed is
    /// ever unpacked, so it reads back whole.
    pub fn get(&self, index: usize) -> Option<String> {
        let bytes = lz4_flex::decompress_size_prepended(self.0.get(index)?).ok()?;
        String::from_utf8(bytes).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_read_back_as_pushed() {
        let mut texts = PackedTexts::default();
        let long = "Ana Duarte said “we are ready”. ".repeat(200);
        for text in ["", "Porto Vell — harbour office, Ёлка", long.as_str()] {
            texts.push(text);
        }
        assert_eq!(texts.len(), 3);
        assert_eq!(texts.get(0).as_deref(), Some(""));
        assert_eq!(
            texts.get(1).as_deref(),
            Some("Porto Vell — harbour office, Ёлка")
        );
        assert_eq!(texts.get(2).as_deref(), Some(long.as_str()));
        assert_eq!(texts.get(3), None);
        // Repetitive text packs small.
        assert!(texts.0[2].len() < long.len() / 4);
    }
}
