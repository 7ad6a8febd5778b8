package vn.vigil.reporting.api.directive;

/** Forms of outreach (tuyên truyền). */
public enum OutreachKind {
    CONFERENCE,
    LOUDSPEAKER,
    LEAFLETS,
    POSTERS,
    SOCIAL_MEDIA,
    SCHOOL_TALK,
    COMMUNITY_MEETING,
    RADIO_TV
}
