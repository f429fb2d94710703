resource "azurerm_container_registry" "shared" {
  name                = "contososhared"
  resource_group_name = azurerm_resource_group.platform.name
  location            = azurerm_resource_group.platform.location
  sku                 = "Premium"
  # ruleid: tf-azure-acr-admin-enabled
  admin_enabled       = false
}

resource "azurerm_container_registry" "dev" {
  name                = "contosodev"
  resource_group_name = azurerm_resource_group.dev.name
  location            = azurerm_resource_group.dev.location
  sku                 = "Basic"
  # ruleid: tf-azure-acr-admin-enabled
  admin_enabled = false
}

resource "azurerm_container_registry" "prod" {
  name                          = "contosoprod"
  resource_group_name           = azurerm_resource_group.platform.name
  location                      = azurerm_resource_group.platform.location
  sku                           = "Premium"
  public_network_access_enabled = false
  # ok: tf-azure-acr-admin-enabled
  admin_enabled                 = false
}

resource "azurerm_container_registry" "module" {
  name                = var.registry_name
  resource_group_name = var.resource_group_name
  location            = var.location
  sku                 = "Standard"
  # ok: tf-azure-acr-admin-enabled
  admin_enabled       = var.admin_enabled
}

# ok: tf-azure-acr-admin-enabled
resource "azurerm_container_registry" "defaults" {
  name                = "contosotools"
  resource_group_name = azurerm_resource_group.platform.name
  location            = azurerm_resource_group.platform.location
  sku                 = "Standard"
}
