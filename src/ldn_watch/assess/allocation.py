"""The words that say people were allocated to a study's arms, spelled once.

Each reader asks its own question of them (was this count randomised, did this study
allocate anyone, which arm is this dose), but the words are one vocabulary: a spelling
added here reaches every reader. Fragments, not compiled patterns: each reader wraps them
in the context it needs.
"""

# the verb that says people were randomised: "randomised", "randomized", "randomly
# assigned", "randomly allocated"
RANDOMISED = r"randomi[sz]\w*|randomly\s+(?:assigned|allocated)"
# the past-tense verbs of allocating people: "(were) randomised", "(was) randomly
# assigned", "allocated", "assigned"
ALLOCATED = r"randomi[sz]ed|randomly\s+(?:assigned|allocated)|allocated|assigned"
# any word of allocating, for a first look whether a sentence allocates at all
ALLOCATING = r"randomi[sz]\w*|randomly|assigned|allocated"
