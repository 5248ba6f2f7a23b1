/**
 * The spending side of the nightly imports: the national integrated spending system's (GID) credits,
 * commitments and payment orders, whose formats, checks and writers are in {@code spending.batch}. Their
 * jobs are in {@code META-INF/batch-jobs}; the inbox, the trigger and the executions are shared with the
 * procurement imports in {@code shared.imports}.
 */
package ma.commune.portal.spending;
