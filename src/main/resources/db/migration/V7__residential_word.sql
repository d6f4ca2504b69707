-- What the commune calls its residential areas (xóm, thôn, ấp, …), a ResidentialWord's name; null: xóm.
alter table party_committee add column residential_word varchar(20);
