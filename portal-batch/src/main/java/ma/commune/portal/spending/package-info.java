/**
 * The nightly imports of the national integrated spending system (GID) and of the procurement
 * portal: Jakarta Batch jobs in {@code META-INF/batch-jobs}, their readers, processors, writers and
 * listeners, and the trigger that starts them. Empty until the imports issue; the module exists so
 * that the EAR's shape is final from the first release.
 */
package ma.commune.portal.spending;

