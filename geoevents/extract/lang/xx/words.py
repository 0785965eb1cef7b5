"""Words of no one language, folded: first names met in news of any language."""

# Common first names (English, French, Arabic, Slavic, African, Spanish): a capitalised word
# after one of these is a surname ("Ryan Dillon", "Marc Lyon", "Mark Florence").
FIRST_NAMES = """
    aaron abdallah abdel abdelaziz abdelkader abdul abdullah abdourahamane abdoulaye abou abu adam adel
    ahmad ahmed aisha alain alan alexander alexandre alexei alexis ali alice amadou amina amir amine andre
    andrei andrew andriy angela anna anne antoine antonio anthony arnaud assimi bachar bashar ben benjamin
    bernard bill bob boris brahim bruno carlos catherine charles chris christian christine christophe claire
    claude daniel david denis dmitri dmitry donald ed edouard elena elizabeth emmanuel eric fabien fatima
    florian francois frank franck frederic gabriel george georges gerard guillaume haftar haider haidar
    hamid hassan hemeti henri hussein ibrahim igor ivan jack jacques james jean jean-claude jean-luc
    jean-marie jean-pierre jeff jennifer jerome jim joe john jonathan jose joseph julia julien karim
    khalifa khaled kim laurent leila louis lucas mahamat mahmoud marc marco maria marie mark martin
    mary matthew maxime michael michel mike mohamed mohammad mohammed moussa mustafa mustapha nabil nadia
    nicolas olivier omar oleksandr omer paul paul-henri peter philippe pierre rached rachid ramzan recep
    richard robert roger roman ryan said salah salman sami samuel sarah sebastien serge sergei sergey
    sophie stephane steve steven sylvain talal thomas tom valery vincent vladimir volodymyr william
    yahya yassine yevgeny yves zelensky juan joaquin ismael ovidio miguel pedro luis diego alejandro
    fernando jorge javier manuel rafael ricardo sergio andres gustavo
    alejandra alvaro ana andrea ariel beatriz camila carmen catalina cesar cristina daniela eduardo
    enrique ernesto felipe fernanda francisco gabriela gonzalo hector hugo ignacio isabel
    jesus julian karla laura luisa marcela margarita mariana marta mauricio monica natalia
    octavio oscar pablo patricia paula raul roberto rodrigo ruben sandra sofia teresa valentina
    veronica victor victoria ximena
    """

# First names that also begin places' names ("Ben Guerdane", "Abou Kamal", "Abu Dhabi"): two
# capitalised words after one of these are not a person's name for that alone.
PLACE_NAME_STARTS = "abu abou ben bin ibn ould sidi"

# Common Chinese, Korean and Vietnamese family names, written first ("Wang Yi", "Chen Shui-bian",
# "Nguyen Phu Trong"): read like first names, the capitalised word after one makes a person.
FAMILY_NAMES_FIRST = """
    wang zhang liu chen yang huang zhao zhou xu zhu guo lin luo gao zheng liang xie song tang
    han feng deng cao peng zeng xiao tian dong pan yuan cai jiang
    kim choi jung kang cho yoon jang lim shin
    nguyen tran pham hoang phan vu dang bui ngo
    """
