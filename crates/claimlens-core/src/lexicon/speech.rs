//! Vocabulary of reported speech: cue verbs and phrases, pronouns, and the roles speakers are
//! described by.
