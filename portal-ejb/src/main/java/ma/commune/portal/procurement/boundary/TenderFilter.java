package ma.commune.portal.procurement.boundary;

import java.io.Serializable;
import ma.commune.portal.procurement.entity.TenderCategory;
import ma.commune.portal.procurement.entity.TenderProcedure;
import ma.commune.portal.procurement.entity.TenderStatus;

/** The filters of the public list of tenders; a null filter is no filter. {@code year}: of publication. */
public record TenderFilter(TenderCategory category, TenderProcedure procedure, TenderStatus status, Integer year)
        implements Serializable {

    public static final TenderFilter NONE = new TenderFilter(null, null, null, null);
}
