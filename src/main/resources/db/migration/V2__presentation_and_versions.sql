-- The slides a presentation shows, in order; no rows means every slide in the default order.
create table presentation_slide (
    position int         not null primary key,
    slide    varchar(30) not null,
    constraint presentation_slide_unique unique (slide)
);
