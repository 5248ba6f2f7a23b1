/**
 * The spending kinds of the imports of the national integrated spending system (GID): the formats,
 * tables and database checks of CREDITS, ENGAGEMENTS and PAIEMENTS ({@code spending.batch}), plugged
 * into the imports' engine ({@code imports.control}); procurement's kinds are in {@code procurement.batch}.
 */
package ma.commune.portal.spending;
