package org.govtechhub.ideas;

/** What the public list is filtered by; a null part filters nothing. */
public record IdeaFilter(IdeaListStatus status, PublicService service, District district, Long departmentId) {

    public static IdeaFilter none() {
        return new IdeaFilter(null, null, null, null);
    }
}
