//! Vocabulary of names: titles and honorifics, organisation words, name particles and the
//! gendered forms of names.
