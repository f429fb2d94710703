resource "azurerm_network_security_group" "jumpbox" {
  name                = "jumpbox-nsg"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name

  security_rule {
    name                       = "allow-ssh"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    # ruleid: tf-azure-nsg-admin-port-open
    destination_port_range     = "22"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "allow-https"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    # ok: tf-azure-nsg-admin-port-open
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "deny-rdp"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "*"
    source_port_range          = "*"
    # ok: tf-azure-nsg-admin-port-open
    destination_port_range     = "3389"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "rdp" {
  name                        = "allow-rdp"
  priority                    = 200
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  # ruleid: tf-azure-nsg-admin-port-open
  destination_port_range      = "3380-3400"
  source_address_prefix       = "Internet"
  destination_address_prefix  = "VirtualNetwork"
  resource_group_name         = azurerm_resource_group.ops.name
  network_security_group_name = azurerm_network_security_group.windows.name
}

resource "azurerm_network_security_rule" "all_ports" {
  name                        = "allow-all-inbound"
  priority                    = 300
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  # ruleid: tf-azure-nsg-admin-port-open
  destination_port_range      = "*"
  source_address_prefix       = "0.0.0.0/0"
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.ops.name
  network_security_group_name = azurerm_network_security_group.legacy.name
}

resource "azurerm_network_security_group" "web" {
  name                = "web-nsg"
  location            = azurerm_resource_group.web.location
  resource_group_name = azurerm_resource_group.web.name

  # ruleid: tf-azure-nsg-admin-port-open
  security_rule {
    name                       = "web-and-admin"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_ranges    = ["80", "443", "22"]
    source_address_prefixes    = ["Internet"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "ssh-from-bastion"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    # ok: tf-azure-nsg-admin-port-open
    destination_port_range     = "22"
    source_address_prefix      = "10.10.1.0/26"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "ssh-outbound"
    priority                   = 120
    direction                  = "Outbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    # ok: tf-azure-nsg-admin-port-open
    destination_port_range     = "22"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "configurable" {
  name                        = "admin"
  priority                    = 400
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  # ok: tf-azure-nsg-admin-port-open
  destination_port_range      = var.admin_port
  source_address_prefix       = var.admin_source
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.ops.name
  network_security_group_name = azurerm_network_security_group.web.name
}

resource "azurerm_network_security_rule" "high_ports" {
  name                        = "ephemeral"
  priority                    = 410
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  # ok: tf-azure-nsg-admin-port-open
  destination_port_range      = "3390-65535"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.ops.name
  network_security_group_name = azurerm_network_security_group.web.name
}

resource "azurerm_network_security_group" "attribute_syntax" {
  name                = "legacy-nsg"
  location            = azurerm_resource_group.legacy.location
  resource_group_name = azurerm_resource_group.legacy.name

  security_rule = [{
    name                                       = "rdp"
    description                                = "RDP for the vendor"
    priority                                   = 100
    direction                                  = "Inbound"
    access                                     = "Allow"
    protocol                                   = "Tcp"
    source_port_range                          = "*"
    source_port_ranges                         = []
    # ruleid: tf-azure-nsg-admin-port-open
    destination_port_range                     = "3389"
    destination_port_ranges                    = []
    source_address_prefix                      = "*"
    source_address_prefixes                    = []
    destination_address_prefix                 = "*"
    destination_address_prefixes               = []
    source_application_security_group_ids      = []
    destination_application_security_group_ids = []
  }]
}
