package ma.commune.portal.council.entity;

/**
 * The life of a council session: prepared by the secretariat unseen ({@code PLANNED}), convened once its
 * agenda is published ({@code CONVENED}), concluded once its minutes are published ({@code CONCLUDED}),
 * or cancelled after it was convened.
 */
public enum SessionState {
    PLANNED, CONVENED, CONCLUDED, CANCELLED
}
