//! Vocabulary of figures: number words, scales, units, qualifiers, and the words that end or
//! scope what a figure counts.
