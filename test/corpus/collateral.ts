/**
 * What else a planted error legitimately sets off, by plant id: the rules (other than the planted rule on its
 * field) whose findings on the planted bid are consequences of the same mistake. Anything else on a planted bid is
 * a false alarm and fails the corpus test. "?": the rule fires for some house styles or wordings only (the planted
 * text is picked at random, the style decides where a rate or a date is written), so it may or may not appear.
 */
export const COLLATERAL: Readonly<Record<string, readonly string[]>> = {
  // The tender's section list names the 开标一览表 the bid dropped: L03 (parts) sees the same hole as L09.
  'no-summary': ['L03'],
  // P03 is C01's printed counterpart; it reads "XXX" but not every picked wording is a printed marker.
  placeholder: ['P03?'],
  // A stated total off the line sum is also a second price against the 开标一览表 (E11).
  'total-wrong': ['E11'],
  // Raising the unit prices leaves the stated total behind the line sum (E02).
  'unit-prices-over-ceiling': ['E02'],
  // The short validity is also read from the 投标函's own wording (E05 on the section text).
  'validity-short': ['E05'],
  // The late signing date is printed on the form (P02 is E08's printed counterpart).
  'signed-late': ['P02'],
  // A 开标一览表 figure changed without its words: the words no longer match (E01).
  'summary-price': ['E01'],
  // The wrong line rate also disagrees with the rate the text states, where the style's text states one.
  'line-rate': ['E12?'],
  // The twin is a second edition "（二）" of the project: the texts still name the first one (E07).
  'bid-twice': ['E07'],
  // A maker entered as 大型 whose figures give 微型 is also a size the figures contradict (L14).
  'sme-large-maker': ['L14'],
  // The lot's raised line prices leave its words and the stated total behind.
  'lot-over-ceiling': ['E01', 'E02'],
}

/** Whether the rule ids found besides the planted one are exactly the expected collateral (optional ones may miss). */
export function collateralProblems(plantId: string, found: readonly string[]): string[] {
  const expected = COLLATERAL[plantId] ?? []
  const allowed = new Set(expected.map((r) => r.replace('?', '')))
  const got = new Set(found)
  const unexpected = [...got].filter((r) => !allowed.has(r)).map((r) => `unexpected ${r}`)
  const absent = expected
    .filter((r) => !r.endsWith('?') && !got.has(r))
    .map((r) => `expected ${r} did not fire`)
  return [...unexpected, ...absent]
}
