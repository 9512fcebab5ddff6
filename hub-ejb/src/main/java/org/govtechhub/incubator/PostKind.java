package org.govtechhub.incubator;

/** What a post is: news of the incubator, a case study of a project, a link to a video interview, or a digest of the world's GovTech. */
public enum PostKind {
    NEWS, CASE_STUDY, VIDEO_INTERVIEW, WORLD_DIGEST
}
