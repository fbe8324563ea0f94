/**
 * The suite name under which `run-tests` records an implementor's conflict check (the branch against its overseer
 * and siblings). Its failure is the conflict itself, which the merge order already weighs (one of a pair goes first,
 * the other rebases onto it): it never holds a branch back, or a conflicting pair would hold back both.
 */
export const CONFLICT_CHECK_SUITE = 'conflicts'
